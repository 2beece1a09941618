// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20220501

const (
	// error codes for specific actions

	// Operation failed.
	FAILEDOPERATION = "FailedOperation"

	// Internal error.
	INTERNALERROR = "InternalError"

	// db error.
	INTERNALERROR_DB = "InternalError.Db"

	// DB error.
	INTERNALERROR_DBAFFECTIVEDROWS = "InternalError.DbAffectivedRows"

	// Record not found.
	INTERNALERROR_DBRECORDNOTFOUND = "InternalError.DbRecordNotFound"

	// Initializing Master failed.
	INTERNALERROR_INITMASTERFAILED = "InternalError.InitMasterFailed"

	// Param error.
	INTERNALERROR_PARAM = "InternalError.Param"

	// Public clusters do not support node expansion.
	INTERNALERROR_PUBLICCLUSTEROPNOTSUPPORT = "InternalError.PublicClusterOpNotSupport"

	// Internal error.
	INTERNALERROR_UNEXCEPTEDINTERNAL = "InternalError.UnexceptedInternal"

	// Unknown internal error.
	INTERNALERROR_UNEXPECTEDINTERNAL = "InternalError.UnexpectedInternal"

	// Parameter error.
	INVALIDPARAMETER = "InvalidParameter"

	// The cluster ID does not exist.
	INVALIDPARAMETER_CLUSTERNOTFOUND = "InvalidParameter.ClusterNotFound"

	// Parameter error.
	INVALIDPARAMETER_PARAM = "InvalidParameter.Param"

	// Operation denied.
	OPERATIONDENIED = "OperationDenied"

	// The resource is occupied.
	RESOURCEINUSE = "ResourceInUse"

	// The resource does not exist.
	RESOURCENOTFOUND = "ResourceNotFound"

	// The cluster does not exist.
	RESOURCENOTFOUND_CLUSTERNOTFOUND = "ResourceNotFound.ClusterNotFound"

	// The cluster status does not support this operation.
	RESOURCEUNAVAILABLE_CLUSTERSTATE = "ResourceUnavailable.ClusterState"

	// Unknown parameter error.
	UNKNOWNPARAMETER = "UnknownParameter"
)
